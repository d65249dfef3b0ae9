'use strict';
{
  function inner() {}
}
