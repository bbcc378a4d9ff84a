/** The CSL engine's dates: localized and custom forms, ranges, seasons, BC/AD and circa. */
import * as assert from 'assert';
import type { CslItem } from '../../src/core/csl';
import { cite, localeAvailable } from './support/cslStyle';

const dated = (issued: unknown): CslItem => ({ id: 'd', type: 'book', title: 'T', issued });
const text = '<date variable="issued" form="text"/>';
const custom = '<date variable="issued"><date-part name="month" form="short" suffix=" "/><date-part name="day" suffix=", " range-delimiter="-"/><date-part name="year"/></date>';

describe('CSL dates', function () {
  before(function () { if (!localeAvailable) { console.warn('    !! en-US locale not found in ../shared/csl: skipped'); this.skip(); } });

  it('writes the locale\'s text form and a custom form', () => {
    assert.strictEqual(cite(text, [dated({ 'date-parts': [[1776, 7, 4]] })]), 'July 4, 1776');
    assert.strictEqual(cite(custom, [dated({ 'date-parts': [[1776, 8, 4]] })]), 'Aug. 4, 1776');
    assert.strictEqual(cite('<date variable="issued" form="numeric" date-parts="year-month"/>', [dated({ 'date-parts': [[1776, 7, 4]] })]), '07/1776');
  });

  it('writes ranges once for the shared parts, with the differing part\'s range delimiter', () => {
    assert.strictEqual(cite(custom, [dated({ 'date-parts': [[1776, 8, 4], [1776, 8, 9]] })]), 'Aug. 4-9, 1776');
    assert.strictEqual(cite(text, [dated({ 'date-parts': [[1776, 7, 4], [1776, 8, 2]] })]), 'July 4–August 2, 1776');
    assert.strictEqual(cite(text, [dated({ 'date-parts': [[1776], [1783]] })]), '1776–1783');
  });

  it('writes seasons, BC and AD, and tells uncertain dates by is-uncertain-date', () => {
    assert.strictEqual(cite(text, [dated({ 'date-parts': [[1920, 21]] })]), 'Spring 1920');
    assert.strictEqual(cite(text, [dated({ 'date-parts': [[-44, 3, 15]] })]), 'March 15, 44 BC');
    assert.strictEqual(cite('<date variable="issued" date-parts="year" form="text"/>', [dated({ 'date-parts': [[79]] })]), '79 AD');
    const circa = '<choose><if is-uncertain-date="issued"><text term="circa" form="short" suffix=" "/></if></choose><date variable="issued" date-parts="year" form="text"/>';
    assert.strictEqual(cite(circa, [dated({ 'date-parts': [[1500]], circa: true })]), 'c. 1500');
    assert.strictEqual(cite(text, [dated({ literal: 'about 1500' })]), 'about 1500');
  });
});
