import { a, b from './x';
import c from;
