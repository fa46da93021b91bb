-- Full-text index of stories (SQLite FTS5). Hand-written: drizzle-kit does not model virtual
-- tables. The index holds every story; reader queries join back to `articles` and apply the
-- visibility rule, so a scheduled story becomes findable at its time without any job.
-- Author names and tag names are denormalised into the index and kept in step by triggers.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
  headline, dek, body, authors, tags,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4'
);
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ai` AFTER INSERT ON `articles` BEGIN
  INSERT INTO articles_fts(rowid, headline, dek, body, authors, tags)
  VALUES (new.id, new.headline, new.dek, new.body_text, '', '');
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_au` AFTER UPDATE OF headline, dek, body_text ON `articles` BEGIN
  UPDATE articles_fts SET headline = new.headline, dek = new.dek, body = new.body_text WHERE rowid = new.id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_ad` AFTER DELETE ON `articles` BEGIN
  DELETE FROM articles_fts WHERE rowid = old.id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_authors_ai` AFTER INSERT ON `article_authors` BEGIN
  UPDATE articles_fts SET authors = coalesce((
    SELECT group_concat(a.name, ' ') FROM article_authors aa JOIN authors a ON a.id = aa.author_id WHERE aa.article_id = new.article_id
  ), '') WHERE rowid = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_authors_ad` AFTER DELETE ON `article_authors` BEGIN
  UPDATE articles_fts SET authors = coalesce((
    SELECT group_concat(a.name, ' ') FROM article_authors aa JOIN authors a ON a.id = aa.author_id WHERE aa.article_id = old.article_id
  ), '') WHERE rowid = old.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_author_rename` AFTER UPDATE OF name ON `authors` BEGIN
  UPDATE articles_fts SET authors = coalesce((
    SELECT group_concat(a.name, ' ') FROM article_authors aa JOIN authors a ON a.id = aa.author_id WHERE aa.article_id = articles_fts.rowid
  ), '') WHERE rowid IN (SELECT article_id FROM article_authors WHERE author_id = new.id);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_tags_ai` AFTER INSERT ON `article_tags` BEGIN
  UPDATE articles_fts SET tags = coalesce((
    SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = new.article_id
  ), '') WHERE rowid = new.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_tags_ad` AFTER DELETE ON `article_tags` BEGIN
  UPDATE articles_fts SET tags = coalesce((
    SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = old.article_id
  ), '') WHERE rowid = old.article_id;
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_tag_rename` AFTER UPDATE OF name ON `tags` BEGIN
  UPDATE articles_fts SET tags = coalesce((
    SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = articles_fts.rowid
  ), '') WHERE rowid IN (SELECT article_id FROM article_tags WHERE tag_id = new.id);
END;
--> statement-breakpoint
-- Stories written before this migration enter the index too.
INSERT INTO articles_fts(rowid, headline, dek, body, authors, tags)
SELECT a.id, a.headline, a.dek, a.body_text,
  coalesce((SELECT group_concat(au.name, ' ') FROM article_authors aa JOIN authors au ON au.id = aa.author_id WHERE aa.article_id = a.id), ''),
  coalesce((SELECT group_concat(t.name, ' ') FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = a.id), '')
FROM articles a;
