// Words too common to tell passages apart, in English and Dutch. Dropping them keeps the
// postings lists short, which is most of what keeps search fast on a large corpus.
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been by for from has have in into is it its of on or that the their ' +
    'this to was were which with also than then there these they this those who will would ' +
    'de het een en van in op te dat die is met voor zijn door aan bij naar als om ook uit ' +
    'er maar dan over nog wordt werd worden of deze dit ze zo hun'
  ).split(' '),
);
