import { mount } from '../ui/mount';
import { OptionsApp } from './app';
import './options.css';

void mount(OptionsApp);
