CREATE TABLE `wire_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`article_id` integer NOT NULL,
	`version` integer NOT NULL,
	`pubstatus` text NOT NULL,
	`change` text NOT NULL,
	`embargoed` integer,
	`available_at` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`created_by_id` integer,
	`item` text NOT NULL,
	FOREIGN KEY (`article_id`) REFERENCES `articles`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wire_versions_article_version_unique` ON `wire_versions` (`article_id`,`version`);--> statement-breakpoint
CREATE INDEX `wire_versions_available_idx` ON `wire_versions` (`available_at`,`id`);--> statement-breakpoint
ALTER TABLE `articles` ADD `slugline` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `urgency` integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `dateline` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `language` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `genre` text DEFAULT 'news' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `media_topics` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `usage_terms` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `copyright_holder` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `copyright_notice` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `ednote` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `embargo_until` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `embargo_note` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `wire_status` text DEFAULT 'usable' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `kill_reason` text;--> statement-breakpoint
ALTER TABLE `articles` ADD `killed_at` integer;--> statement-breakpoint
ALTER TABLE `articles` ADD `wire_version` integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX `articles_slugline_idx` ON `articles` (`slugline`,`published_at`);
