import { mount } from '../ui/mount';
import { SidebarApp } from './app';
import './sidebar.css';

void mount(SidebarApp);
