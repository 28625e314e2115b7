// What marks a comment section in class and id names, for every pass that keeps comments out of the
// article: the body pass prunes them, the metadata scan reads no byline or date inside them.

/**
 * Class/id words of a comment section or one comment: the word `comment`, `comments`, `commentlist`
 * or `disqus` between hyphens, underscores or spaces (WordPress `comments-area`, `comment-list`,
 * Blogger `comment-holder`, Disqus `disqus_thread`, `post-comments`), and the whole tokens `respond`
 * (WordPress's reply form), `discussion` and `replies`. Tests one class token or a whole
 * lower-cased "class id" string alike.
 */
export const COMMENT_SECTION =
  /(?:^|\s)(?:respond|discussion|replies)(?=$|\s)|(?:^|[\s_-])(?:comments?|commentlist|disqus)(?=$|[\s_-])/;
