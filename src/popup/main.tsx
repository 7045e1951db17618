import { mount } from '../ui/mount';
import { PopupApp } from './app';
import './popup.css';

void mount(PopupApp);
