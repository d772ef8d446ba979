// Following GitHub's Link headers page after page: never the same page twice, never past the bound.
import { describe, expect, it } from 'vitest';
import { allPages, MAX_PAGES, type PageIterator } from '../../../src/github/github-api.js';

/** An iterator as Octokit's: it follows each page's `next`, for as long as there is one. */
function pagesFrom(next: (page: number) => string | undefined): {
  iterate: PageIterator;
  read: () => number;
} {
  let read = 0;
  const iterate: PageIterator = async function* () {
    for (let page = 1; ; page++) {
      read++;
      const link = next(page);
      yield { headers: link ? { link: `<${link}>; rel="next"` } : {}, data: [page] };
      if (!link) return;
    }
  };
  return { iterate, read: () => read };
}

const refuse = (why: string) => new Error(why);

describe('allPages', () => {
  it('reads every page to the last', async () => {
    const { iterate } = pagesFrom((page) =>
      page < 3 ? `https://api/x?page=${page + 1}` : undefined,
    );
    expect(await allPages(iterate, 'list', {}, refuse)).toEqual([1, 2, 3]);
  });

  it('stops on a next page that points at itself', async () => {
    const { iterate, read } = pagesFrom(() => 'https://api/x?page=2');
    await expect(allPages(iterate, 'list', {}, refuse)).rejects.toThrow(
      'its next page is https://api/x?page=2 again, a page already read',
    );
    expect(read()).toBe(2);
  });

  it('stops on a next page that leads back to an earlier one', async () => {
    const { iterate, read } = pagesFrom((page) => `https://api/x?page=${(page % 3) + 1}`);
    await expect(allPages(iterate, 'list', {}, refuse)).rejects.toThrow('a page already read');
    expect(read()).toBe(4);
  });

  it(`stops after ${MAX_PAGES} pages of new URLs`, async () => {
    const { iterate, read } = pagesFrom((page) => `https://api/x?page=${page + 1}`);
    await expect(allPages(iterate, 'list', {}, refuse)).rejects.toThrow(
      `it has more than ${MAX_PAGES} pages`,
    );
    expect(read()).toBe(MAX_PAGES + 1);
  });
});
