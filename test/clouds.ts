// The test suite's own clouds, registered beside the shipped ones (src/clouds.ts): a suite that
// imports this module and walks allClouds() runs for them too. One line per cloud.
import { registerCloud } from '../src/clouds.js';
import { toyCloud } from './toy-cloud/cloud.js';

registerCloud(toyCloud);
