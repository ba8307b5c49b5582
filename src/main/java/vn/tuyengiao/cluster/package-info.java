/**
 * Several instances on one PostgreSQL database: the Quartz scheduler clustered on the
 * database (scheduled tasks fire once per cluster; background jobs claimed by one
 * instance and recovered by another when that instance stops checking in), and the user's
 * active sessions, which Spring Session keeps in the database. Owns the libraries' tables
 * created by Flyway V23: {@code spring_session}, {@code spring_session_attributes},
 * {@code event_publication} (Spring Modulith's registry) and the {@code qrtz_*} tables.
 * Other modules declare their Quartz jobs and triggers as beans; this module schedules
 * them. See docs/notes/cluster.md.
 */
package vn.tuyengiao.cluster;
