CREATE TABLE `detailed_work_activities` (
	`dwa_id` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`iwa_id` text NOT NULL,
	`iwa_title` text NOT NULL,
	`element_id` text NOT NULL,
	`element_name` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `education_categories` (
	`element_id` text NOT NULL,
	`scale_id` text NOT NULL,
	`category` integer NOT NULL,
	`description` text NOT NULL,
	PRIMARY KEY(`element_id`, `scale_id`, `category`)
);
--> statement-breakpoint
CREATE TABLE `education_ratings` (
	`occupation_code` text NOT NULL,
	`element_id` text NOT NULL,
	`element_name` text NOT NULL,
	`scale_id` text NOT NULL,
	`category` integer,
	`percent` real,
	`recommend_suppress` integer
);
--> statement-breakpoint
CREATE INDEX `education_ratings_occupation` ON `education_ratings` (`occupation_code`);--> statement-breakpoint
CREATE TABLE `interests` (
	`occupation_code` text NOT NULL,
	`element_id` text NOT NULL,
	`element_name` text NOT NULL,
	`scale_id` text NOT NULL,
	`value` real NOT NULL,
	PRIMARY KEY(`occupation_code`, `element_id`, `scale_id`)
);
--> statement-breakpoint
CREATE TABLE `job_zones` (
	`job_zone` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`experience` text NOT NULL,
	`education` text NOT NULL,
	`job_training` text NOT NULL,
	`examples` text NOT NULL,
	`svp_range` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `occupation_titles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`occupation_code` text NOT NULL,
	`kind` text NOT NULL,
	`title` text NOT NULL,
	`short_title` text,
	`shown_in_my_next_move` integer
);
--> statement-breakpoint
CREATE INDEX `occupation_titles_occupation` ON `occupation_titles` (`occupation_code`);--> statement-breakpoint
CREATE TABLE `occupations` (
	`code` text PRIMARY KEY NOT NULL,
	`soc_code` text NOT NULL,
	`major_group` text NOT NULL,
	`title` text NOT NULL,
	`description` text NOT NULL,
	`job_zone` integer
);
--> statement-breakpoint
CREATE INDEX `occupations_soc_code` ON `occupations` (`soc_code`);--> statement-breakpoint
CREATE INDEX `occupations_major_group` ON `occupations` (`major_group`);--> statement-breakpoint
CREATE TABLE `posted_titles` (
	`title` text PRIMARY KEY NOT NULL,
	`occupation_code` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `posted_titles_occupation` ON `posted_titles` (`occupation_code`);--> statement-breakpoint
CREATE TABLE `ratings` (
	`occupation_code` text NOT NULL,
	`domain` text NOT NULL,
	`element_id` text NOT NULL,
	`element_name` text NOT NULL,
	`importance` real,
	`level` real,
	`level_suppressed` integer,
	`level_not_relevant` integer,
	PRIMARY KEY(`occupation_code`, `domain`, `element_id`)
);
--> statement-breakpoint
CREATE TABLE `related_occupations` (
	`occupation_code` text NOT NULL,
	`related_code` text NOT NULL,
	`tier` text NOT NULL,
	`rank` integer NOT NULL,
	PRIMARY KEY(`occupation_code`, `related_code`)
);
--> statement-breakpoint
CREATE TABLE `task_activities` (
	`occupation_code` text NOT NULL,
	`task_id` integer NOT NULL,
	`dwa_id` text NOT NULL,
	PRIMARY KEY(`occupation_code`, `task_id`, `dwa_id`)
);
--> statement-breakpoint
CREATE INDEX `task_activities_dwa` ON `task_activities` (`dwa_id`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`task_id` integer PRIMARY KEY NOT NULL,
	`occupation_code` text NOT NULL,
	`task` text NOT NULL,
	`task_type` text,
	`incumbents_responding` real,
	`date` text,
	`domain_source` text
);
--> statement-breakpoint
CREATE INDEX `tasks_occupation` ON `tasks` (`occupation_code`);--> statement-breakpoint
CREATE TABLE `tools` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`occupation_code` text NOT NULL,
	`kind` text NOT NULL,
	`example` text NOT NULL,
	`commodity_code` integer NOT NULL,
	`commodity_title` text NOT NULL,
	`hot_technology` integer,
	`in_demand` integer
);
--> statement-breakpoint
CREATE INDEX `tools_occupation` ON `tools` (`occupation_code`);--> statement-breakpoint
CREATE TABLE `work_styles` (
	`occupation_code` text NOT NULL,
	`element_id` text NOT NULL,
	`element_name` text NOT NULL,
	`importance` real NOT NULL,
	`recommend_suppress` integer,
	PRIMARY KEY(`occupation_code`, `element_id`)
);
--> statement-breakpoint
CREATE TABLE `work_values` (
	`occupation_code` text NOT NULL,
	`element_id` text NOT NULL,
	`element_name` text NOT NULL,
	`extent` real NOT NULL,
	PRIMARY KEY(`occupation_code`, `element_id`)
);
--> statement-breakpoint
CREATE TABLE `wage_files` (
	`source_id` text PRIMARY KEY NOT NULL,
	`area_type` text NOT NULL,
	`complete` integer NOT NULL,
	`year` integer NOT NULL,
	`occupations` integer NOT NULL,
	`areas` integer NOT NULL,
	`has_percentiles` integer NOT NULL,
	`markers` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `wages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`soc_code` text NOT NULL,
	`occ_title` text NOT NULL,
	`occ_group` text,
	`area_type` text NOT NULL,
	`area_code` text NOT NULL,
	`area_name` text NOT NULL,
	`year` integer NOT NULL,
	`tot_emp` real,
	`emp_prse` real,
	`h_mean` real,
	`a_mean` real,
	`mean_prse` real,
	`h_pct10` real,
	`h_pct25` real,
	`h_median` real,
	`h_pct75` real,
	`h_pct90` real,
	`a_pct10` real,
	`a_pct25` real,
	`a_median` real,
	`a_pct75` real,
	`a_pct90` real,
	`annual_only` integer NOT NULL,
	`hourly_only` integer NOT NULL,
	`special_values` text NOT NULL,
	`source_file` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `wages_soc_area` ON `wages` (`soc_code`,`area_type`,`area_code`);--> statement-breakpoint
CREATE TABLE `projections` (
	`soc_code` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`occupation_type` text NOT NULL,
	`base_year` integer NOT NULL,
	`target_year` integer NOT NULL,
	`employment_base` real,
	`employment_target` real,
	`change_numeric` real,
	`change_percent` real,
	`self_employed_percent` real,
	`openings_annual` real,
	`median_wage` real,
	`median_wage_note` text,
	`typical_education` text,
	`work_experience` text,
	`on_the_job_training` text
);
--> statement-breakpoint
CREATE TABLE `cip_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`digits` integer NOT NULL,
	`family` text NOT NULL,
	`title` text NOT NULL,
	`definition` text NOT NULL,
	`action` text NOT NULL,
	`active` integer NOT NULL,
	`cross_references` text,
	`examples` text
);
--> statement-breakpoint
CREATE TABLE `institutions` (
	`unitid` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`city` text NOT NULL,
	`state` text NOT NULL,
	`zip` text,
	`county` text,
	`cbsa` text,
	`sector` integer,
	`control` integer,
	`website` text,
	`latitude` real,
	`longitude` real
);
--> statement-breakpoint
CREATE TABLE `program_completions` (
	`program_id` text NOT NULL,
	`year` integer NOT NULL,
	`total` integer NOT NULL,
	`men` integer NOT NULL,
	`women` integer NOT NULL,
	PRIMARY KEY(`program_id`, `year`)
);
--> statement-breakpoint
CREATE TABLE `programs` (
	`id` text PRIMARY KEY NOT NULL,
	`unitid` integer NOT NULL,
	`cip_code` text NOT NULL,
	`award_level` integer NOT NULL,
	`title` text,
	`description` text,
	`url` text,
	`format` text,
	`duration` text,
	`skills` text,
	`source` text DEFAULT 'ipeds' NOT NULL,
	`edited_by` text,
	`is_example` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `programs_cip` ON `programs` (`cip_code`);--> statement-breakpoint
CREATE INDEX `programs_unitid` ON `programs` (`unitid`);--> statement-breakpoint
CREATE TABLE `build_info` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `source_files` (
	`id` text PRIMARY KEY NOT NULL,
	`publisher` text NOT NULL,
	`release` text NOT NULL,
	`licence` text NOT NULL,
	`path` text NOT NULL,
	`rows_read` integer NOT NULL,
	`rows_imported` integer NOT NULL,
	`rows_rejected` integer NOT NULL,
	`rows_skipped` text NOT NULL,
	`seconds` real NOT NULL
);
--> statement-breakpoint
CREATE TABLE `companies` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`logo` text,
	`website` text,
	`trusted_partner` integer NOT NULL,
	`description` text
);
--> statement-breakpoint
CREATE TABLE `effective_items` (
	`owner_kind` text NOT NULL,
	`owner_id` text NOT NULL,
	`list` text NOT NULL,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`category` text,
	`hot` integer,
	`source` text NOT NULL,
	`source_label` text NOT NULL,
	PRIMARY KEY(`owner_kind`, `owner_id`, `list`, `position`)
);
--> statement-breakpoint
CREATE TABLE `enrichments` (
	`owner_kind` text NOT NULL,
	`owner_id` text NOT NULL,
	`occupation_code` text NOT NULL,
	`model` text NOT NULL,
	`generated_at` text NOT NULL,
	`prompt_version` integer NOT NULL,
	`source_task_ids` text NOT NULL,
	PRIMARY KEY(`owner_kind`, `owner_id`)
);
--> statement-breakpoint
CREATE TABLE `high_demand` (
	`occupation_code` text NOT NULL,
	`basis` text NOT NULL,
	`note` text NOT NULL,
	PRIMARY KEY(`occupation_code`, `basis`)
);
--> statement-breakpoint
CREATE TABLE `roles` (
	`slug` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`company_slug` text NOT NULL,
	`occupation_code` text NOT NULL,
	`soc_code` text NOT NULL,
	`category` text NOT NULL,
	`employment_type` text NOT NULL,
	`work_location_type` text NOT NULL,
	`city` text NOT NULL,
	`state` text NOT NULL,
	`salary_min` integer,
	`salary_max` integer,
	`proficiency` integer NOT NULL,
	`application_url` text,
	`skills` text NOT NULL,
	`summary` text NOT NULL,
	`description_html` text NOT NULL,
	`date_posted` text NOT NULL,
	`valid_through` text,
	`is_example` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `roles_soc` ON `roles` (`soc_code`);--> statement-breakpoint
CREATE INDEX `roles_company` ON `roles` (`company_slug`);--> statement-breakpoint
CREATE TABLE `cip_soc_crosswalk` (
	`cip_code` text NOT NULL,
	`soc_code` text NOT NULL,
	`source` text NOT NULL,
	`shown` integer NOT NULL,
	`note` text,
	PRIMARY KEY(`cip_code`, `soc_code`)
);
--> statement-breakpoint
CREATE INDEX `cip_soc_soc` ON `cip_soc_crosswalk` (`soc_code`);--> statement-breakpoint
CREATE TABLE `program_occupations` (
	`program_id` text NOT NULL,
	`occupation_code` text NOT NULL,
	`source` text NOT NULL,
	`skills_in_common` integer NOT NULL,
	PRIMARY KEY(`program_id`, `occupation_code`)
);
