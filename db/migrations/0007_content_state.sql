CREATE TABLE `content_state` (
	`id` integer PRIMARY KEY NOT NULL,
	`token` text NOT NULL,
	CONSTRAINT "content_state_one_row" CHECK("content_state"."id" = 1)
);
--> statement-breakpoint
-- Hand-written below the table (drizzle-kit does not model triggers): the one row, and triggers
-- that give it a new random token in the same transaction as every write readers can see. Draft
-- work (a story that is neither published nor scheduled, before and after the write) leaves it.
INSERT INTO `content_state` (`id`, `token`) VALUES (1, lower(hex(randomblob(8))));
--> statement-breakpoint
CREATE TRIGGER `content_state_articles_ai` AFTER INSERT ON `articles` WHEN new.status IN ('published', 'scheduled') BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_articles_au` AFTER UPDATE ON `articles` WHEN old.status IN ('published', 'scheduled') OR new.status IN ('published', 'scheduled') BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_articles_ad` AFTER DELETE ON `articles` WHEN old.status IN ('published', 'scheduled') BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_article_authors_ai` AFTER INSERT ON `article_authors` WHEN EXISTS (SELECT 1 FROM `articles` WHERE `id` = new.article_id AND `status` IN ('published', 'scheduled')) BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_article_authors_au` AFTER UPDATE ON `article_authors` WHEN EXISTS (SELECT 1 FROM `articles` WHERE `id` = old.article_id AND `status` IN ('published', 'scheduled')) OR EXISTS (SELECT 1 FROM `articles` WHERE `id` = new.article_id AND `status` IN ('published', 'scheduled')) BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_article_authors_ad` AFTER DELETE ON `article_authors` WHEN EXISTS (SELECT 1 FROM `articles` WHERE `id` = old.article_id AND `status` IN ('published', 'scheduled')) BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_article_tags_ai` AFTER INSERT ON `article_tags` WHEN EXISTS (SELECT 1 FROM `articles` WHERE `id` = new.article_id AND `status` IN ('published', 'scheduled')) BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_article_tags_au` AFTER UPDATE ON `article_tags` WHEN EXISTS (SELECT 1 FROM `articles` WHERE `id` = old.article_id AND `status` IN ('published', 'scheduled')) OR EXISTS (SELECT 1 FROM `articles` WHERE `id` = new.article_id AND `status` IN ('published', 'scheduled')) BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_article_tags_ad` AFTER DELETE ON `article_tags` WHEN EXISTS (SELECT 1 FROM `articles` WHERE `id` = old.article_id AND `status` IN ('published', 'scheduled')) BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_article_notes_ai` AFTER INSERT ON `article_notes` WHEN EXISTS (SELECT 1 FROM `articles` WHERE `id` = new.article_id AND `status` IN ('published', 'scheduled')) BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_article_notes_au` AFTER UPDATE ON `article_notes` WHEN EXISTS (SELECT 1 FROM `articles` WHERE `id` = old.article_id AND `status` IN ('published', 'scheduled')) OR EXISTS (SELECT 1 FROM `articles` WHERE `id` = new.article_id AND `status` IN ('published', 'scheduled')) BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_article_notes_ad` AFTER DELETE ON `article_notes` WHEN EXISTS (SELECT 1 FROM `articles` WHERE `id` = old.article_id AND `status` IN ('published', 'scheduled')) BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_authors_ai` AFTER INSERT ON `authors` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_authors_au` AFTER UPDATE ON `authors` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_authors_ad` AFTER DELETE ON `authors` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_sections_ai` AFTER INSERT ON `sections` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_sections_au` AFTER UPDATE ON `sections` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_sections_ad` AFTER DELETE ON `sections` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_tags_ai` AFTER INSERT ON `tags` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_tags_au` AFTER UPDATE ON `tags` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_tags_ad` AFTER DELETE ON `tags` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_site_settings_ai` AFTER INSERT ON `site_settings` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_site_settings_au` AFTER UPDATE ON `site_settings` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_site_settings_ad` AFTER DELETE ON `site_settings` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_slug_redirects_ai` AFTER INSERT ON `slug_redirects` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_slug_redirects_au` AFTER UPDATE ON `slug_redirects` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_slug_redirects_ad` AFTER DELETE ON `slug_redirects` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_media_ad` AFTER DELETE ON `media` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
