import { describe, expect, it } from 'vitest';
import { caseListSearch, caseListVariables, defaultCaseListParams, parseCaseListParams, withSearchText } from './case-list-params';

describe('the case list parameters and the relevance sort', () => {
  it('a search without a sort in the address sorts by relevance, and the address keeps no sort', () => {
    const params = parseCaseListParams(new URLSearchParams('q=hodzic'));
    expect(params.sort).toBe('RELEVANCE');
    expect(caseListVariables(params).orderBy).toEqual({ field: 'RELEVANCE', direction: 'DESC' });
    expect(caseListSearch(params).toString()).toBe('q=hodzic');
  });

  it('a sort chosen by hand stays with the search; relevance without a text is the last change', () => {
    const byNumber = parseCaseListParams(new URLSearchParams('q=hodzic&sort=NUMBER'));
    expect(byNumber.sort).toBe('NUMBER');
    expect(withSearchText(byNumber, 'kovac').sort).toBe('NUMBER');
    expect(withSearchText(byNumber, '').sort).toBe('NUMBER');
    expect(parseCaseListParams(new URLSearchParams('sort=RELEVANCE')).sort).toBe('UPDATED_AT');
    expect(caseListVariables({ ...defaultCaseListParams, sort: 'RELEVANCE' }).orderBy.field).toBe('UPDATED_AT');
    expect(caseListSearch(parseCaseListParams(new URLSearchParams('q=x&sort=UPDATED_AT'))).toString()).toBe('q=x&sort=UPDATED_AT');
  });

  it('a default sort follows the text as it is typed and cleared', () => {
    const typed = withSearchText(defaultCaseListParams, 'hod');
    expect(typed.sort).toBe('RELEVANCE');
    expect(withSearchText(typed, 'hodz').sort).toBe('RELEVANCE');
    expect(withSearchText(typed, '  ').sort).toBe('UPDATED_AT');
  });
});
