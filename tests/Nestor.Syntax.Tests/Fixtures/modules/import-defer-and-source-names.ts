import defer from './defer';
import source from './source';
