import def, * as all from './module';
