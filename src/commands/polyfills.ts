/**
 * What the function file uses beyond ES5, for Internet Explorer 11 (Excel 2019 volume-licensed runs
 * add-ins in it): promises for async/await, Symbol, Map and Set with iteration, globalThis, and the
 * ES2015-2019 methods of arrays, objects, strings and numbers. First in the bundle, before any command.
 * test/officejs/es5.test.ts runs the built bundle in a context without these, so a missing one fails.
 */
import 'core-js/es/global-this';
import 'core-js/es/promise';
import 'core-js/es/symbol';
import 'core-js/es/map';
import 'core-js/es/set';
import 'core-js/es/weak-map';
import 'core-js/es/array';
import 'core-js/es/object';
import 'core-js/es/string';
import 'core-js/es/number';
import 'core-js/es/math';
