/**
 * Scheduled runs: the job files of {@code jobs/} on their Quartz cron expressions, one run of a job
 * at a time across processes (a file lock the operating system releases when its holder dies, so
 * a crashed scheduler never blocks the next), a misfire policy (a run missed while the scheduler
 * was down happens once when it starts), a clean stop that lets the running job finish, and one
 * log file per run.
 */
package io.techdir.schedule;
