import { mount } from '../ui/mount';
import { PopupApp } from './app';
import { firstHead } from './first-ask';
import './popup.css';

void mount(PopupApp, firstHead);
