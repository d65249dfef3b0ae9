import Alias = Some.Nested.Name;
import type T = require('./t');
