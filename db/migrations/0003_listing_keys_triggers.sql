-- Keeps article_tags/article_authors.published_at and .listed equal to the story's publish time
-- and reader visibility (status published or scheduled; the time test stays in the queries).
-- Hand-written: drizzle-kit does not model triggers.
UPDATE article_tags SET
  published_at = (SELECT published_at FROM articles WHERE articles.id = article_tags.article_id),
  listed = (SELECT status IN ('published', 'scheduled') FROM articles WHERE articles.id = article_tags.article_id);
--> statement-breakpoint
UPDATE article_authors SET
  published_at = (SELECT published_at FROM articles WHERE articles.id = article_authors.article_id),
  listed = (SELECT status IN ('published', 'scheduled') FROM articles WHERE articles.id = article_authors.article_id);
--> statement-breakpoint
CREATE TRIGGER `article_tags_listing_ai` AFTER INSERT ON `article_tags` BEGIN
  UPDATE article_tags SET
    published_at = (SELECT published_at FROM articles WHERE id = new.article_id),
    listed = (SELECT status IN ('published', 'scheduled') FROM articles WHERE id = new.article_id)
  WHERE article_id = new.article_id AND tag_id = new.tag_id;
END;
--> statement-breakpoint
CREATE TRIGGER `article_authors_listing_ai` AFTER INSERT ON `article_authors` BEGIN
  UPDATE article_authors SET
    published_at = (SELECT published_at FROM articles WHERE id = new.article_id),
    listed = (SELECT status IN ('published', 'scheduled') FROM articles WHERE id = new.article_id)
  WHERE article_id = new.article_id AND author_id = new.author_id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_listing_au` AFTER UPDATE OF status, published_at ON `articles` BEGIN
  UPDATE article_tags SET published_at = new.published_at, listed = (new.status IN ('published', 'scheduled')) WHERE article_id = new.id;
  UPDATE article_authors SET published_at = new.published_at, listed = (new.status IN ('published', 'scheduled')) WHERE article_id = new.id;
END;
