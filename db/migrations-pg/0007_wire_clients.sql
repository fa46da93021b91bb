CREATE TABLE "wire_api_keys" (
	"id" serial PRIMARY KEY NOT NULL,
	"client_id" integer NOT NULL,
	"prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"label" text DEFAULT '' NOT NULL,
	"rate_limit" integer DEFAULT 600 NOT NULL,
	"created_at" bigint DEFAULT ((extract(epoch from now()) * 1000)::bigint) NOT NULL,
	"revoked_at" bigint
);
--> statement-breakpoint
CREATE TABLE "wire_clients" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"webhook_url" text,
	"webhook_secret" text,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_by_id" integer,
	"created_at" bigint DEFAULT ((extract(epoch from now()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wire_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"message_id" integer NOT NULL,
	"client_id" integer NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" bigint NOT NULL,
	"claimed_until" bigint NOT NULL,
	"last_error" text,
	"response_code" integer,
	"delivered_at" bigint,
	"created_at" bigint DEFAULT ((extract(epoch from now()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wire_messages" (
	"id" serial PRIMARY KEY NOT NULL,
	"item_id" integer NOT NULL,
	"item_uri" text NOT NULL,
	"version" integer NOT NULL,
	"pubstatus" text NOT NULL,
	"headline" text NOT NULL,
	"payload" text NOT NULL,
	"created_at" bigint DEFAULT ((extract(epoch from now()) * 1000)::bigint) NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wire_products" (
	"id" serial PRIMARY KEY NOT NULL,
	"client_id" integer NOT NULL,
	"name" text NOT NULL,
	"section_ids" jsonb DEFAULT '[]' NOT NULL,
	"topic_qcodes" jsonb DEFAULT '[]' NOT NULL,
	"languages" jsonb DEFAULT '[]' NOT NULL,
	"min_urgency" integer DEFAULT 9 NOT NULL,
	"embargoed" boolean DEFAULT false NOT NULL,
	"created_at" bigint DEFAULT ((extract(epoch from now()) * 1000)::bigint) NOT NULL,
	CONSTRAINT "wire_products_urgency" CHECK ("wire_products"."min_urgency" >= 1 and "wire_products"."min_urgency" <= 9)
);
--> statement-breakpoint
CREATE TABLE "wire_requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"client_id" integer NOT NULL,
	"key_id" integer,
	"at" bigint NOT NULL,
	"path" text NOT NULL,
	"status" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "wire_api_keys" ADD CONSTRAINT "wire_api_keys_client_id_wire_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."wire_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_clients" ADD CONSTRAINT "wire_clients_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_deliveries" ADD CONSTRAINT "wire_deliveries_message_id_wire_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."wire_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_deliveries" ADD CONSTRAINT "wire_deliveries_client_id_wire_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."wire_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_products" ADD CONSTRAINT "wire_products_client_id_wire_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."wire_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_requests" ADD CONSTRAINT "wire_requests_client_id_wire_clients_id_fk" FOREIGN KEY ("client_id") REFERENCES "public"."wire_clients"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "wire_requests" ADD CONSTRAINT "wire_requests_key_id_wire_api_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "public"."wire_api_keys"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "wire_api_keys_prefix_unique" ON "wire_api_keys" USING btree ("prefix");--> statement-breakpoint
CREATE INDEX "wire_api_keys_client_idx" ON "wire_api_keys" USING btree ("client_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wire_deliveries_client_message_unique" ON "wire_deliveries" USING btree ("client_id","message_id");--> statement-breakpoint
CREATE INDEX "wire_deliveries_due_idx" ON "wire_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "wire_deliveries_message_idx" ON "wire_deliveries" USING btree ("message_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wire_messages_item_version_unique" ON "wire_messages" USING btree ("item_uri","version");--> statement-breakpoint
CREATE INDEX "wire_messages_item_idx" ON "wire_messages" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "wire_products_client_idx" ON "wire_products" USING btree ("client_id");--> statement-breakpoint
CREATE INDEX "wire_requests_client_at_idx" ON "wire_requests" USING btree ("client_id","at");--> statement-breakpoint
CREATE INDEX "wire_requests_at_idx" ON "wire_requests" USING btree ("at");