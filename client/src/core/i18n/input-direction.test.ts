import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installTypedDirection } from './input-direction';

describe('free text follows what is typed', () => {
  let stop: () => void;
  beforeEach(() => {
    stop = installTypedDirection(document);
  });
  afterEach(() => {
    stop();
    document.body.innerHTML = '';
  });

  const type = (field: HTMLInputElement | HTMLTextAreaElement, value: string) => {
    field.value = value;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  };

  it('a field with text takes dir="auto"; emptied, it follows the page again', () => {
    document.body.innerHTML = '<input type="text"><textarea></textarea>';
    const [input, area] = [document.querySelector('input')!, document.querySelector('textarea')!];
    type(input, 'محمد');
    type(area, 'Anna');
    expect(input.getAttribute('dir')).toBe('auto');
    expect(area.getAttribute('dir')).toBe('auto');
    type(input, '');
    expect(input.hasAttribute('dir')).toBe(false);
  });

  it('leaves alone a field whose direction the page set, and fields that are not free text', () => {
    document.body.innerHTML = '<input type="text" dir="ltr" id="id-number"><input type="email" id="email"><input type="password" id="pw">';
    for (const id of ['id-number', 'email', 'pw']) {
      const field = document.getElementById(id) as HTMLInputElement;
      type(field, 'سلام');
    }
    expect(document.getElementById('id-number')!.getAttribute('dir')).toBe('ltr');
    expect(document.getElementById('email')!.hasAttribute('dir')).toBe(false);
    expect(document.getElementById('pw')!.hasAttribute('dir')).toBe(false);
  });

  it('a field that arrives filled in gets its direction before anyone types', async () => {
    const area = document.createElement('textarea');
    area.value = 'ملاحظات الزيارة';
    document.body.append(area);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(area.getAttribute('dir')).toBe('auto');
  });
});
