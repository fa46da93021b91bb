CREATE TABLE `wire_api_keys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`prefix` text NOT NULL,
	`key_hash` text NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`rate_limit` integer DEFAULT 600 NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`client_id`) REFERENCES `wire_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wire_api_keys_prefix_unique` ON `wire_api_keys` (`prefix`);--> statement-breakpoint
CREATE INDEX `wire_api_keys_client_idx` ON `wire_api_keys` (`client_id`);--> statement-breakpoint
CREATE TABLE `wire_clients` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`webhook_url` text,
	`webhook_secret` text,
	`is_active` integer DEFAULT true NOT NULL,
	`created_by_id` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `wire_deliveries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` integer NOT NULL,
	`client_id` integer NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`claimed_until` integer NOT NULL,
	`last_error` text,
	`response_code` integer,
	`delivered_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`message_id`) REFERENCES `wire_messages`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`client_id`) REFERENCES `wire_clients`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wire_deliveries_client_message_unique` ON `wire_deliveries` (`client_id`,`message_id`);--> statement-breakpoint
CREATE INDEX `wire_deliveries_due_idx` ON `wire_deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `wire_deliveries_message_idx` ON `wire_deliveries` (`message_id`);--> statement-breakpoint
CREATE TABLE `wire_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`item_uri` text NOT NULL,
	`version` integer NOT NULL,
	`pubstatus` text NOT NULL,
	`headline` text NOT NULL,
	`payload` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wire_messages_item_version_unique` ON `wire_messages` (`item_uri`,`version`);--> statement-breakpoint
CREATE INDEX `wire_messages_item_idx` ON `wire_messages` (`item_id`);--> statement-breakpoint
CREATE TABLE `wire_products` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`name` text NOT NULL,
	`section_ids` text DEFAULT '[]' NOT NULL,
	`topic_qcodes` text DEFAULT '[]' NOT NULL,
	`languages` text DEFAULT '[]' NOT NULL,
	`min_urgency` integer DEFAULT 9 NOT NULL,
	`embargoed` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `wire_clients`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "wire_products_urgency" CHECK("wire_products"."min_urgency" >= 1 and "wire_products"."min_urgency" <= 9)
);
--> statement-breakpoint
CREATE INDEX `wire_products_client_idx` ON `wire_products` (`client_id`);--> statement-breakpoint
CREATE TABLE `wire_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`client_id` integer NOT NULL,
	`key_id` integer,
	`at` integer NOT NULL,
	`path` text NOT NULL,
	`status` integer NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `wire_clients`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`key_id`) REFERENCES `wire_api_keys`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `wire_requests_client_at_idx` ON `wire_requests` (`client_id`,`at`);--> statement-breakpoint
CREATE INDEX `wire_requests_at_idx` ON `wire_requests` (`at`);