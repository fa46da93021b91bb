CREATE TABLE `front_banner` (
	`id` integer PRIMARY KEY NOT NULL,
	`text` text NOT NULL,
	`link` text DEFAULT '' NOT NULL,
	`expires_at` integer NOT NULL,
	`updated_by_id` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "front_banner_one_row" CHECK("front_banner"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `front_slots` (
	`scope` text NOT NULL,
	`position` integer NOT NULL,
	`article_id` integer NOT NULL,
	`pinned_by_id` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	PRIMARY KEY(`scope`, `position`),
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`pinned_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `front_slots_scope_article_idx` ON `front_slots` (`scope`,`article_id`);
--> statement-breakpoint
-- Hand-written: pins and the banner are on every reader page, so any write to them renews the
-- content token in its own transaction (as in 0007), and reader caches follow at once.
CREATE TRIGGER `content_state_front_slots_ai` AFTER INSERT ON `front_slots` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_front_slots_au` AFTER UPDATE ON `front_slots` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_front_slots_ad` AFTER DELETE ON `front_slots` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_front_banner_ai` AFTER INSERT ON `front_banner` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_front_banner_au` AFTER UPDATE ON `front_banner` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `content_state_front_banner_ad` AFTER DELETE ON `front_banner` BEGIN
  UPDATE `content_state` SET `token` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
