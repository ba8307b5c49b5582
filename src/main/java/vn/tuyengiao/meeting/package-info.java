/**
 * Cell meetings (sinh hoạt chi bộ): regular monthly and thematic meetings of a cell, the
 * attendance by person, the story about Uncle Ho and the lesson drawn, the follow-up of
 * last month's resolution, the rotation of members' self-review on following Uncle Ho,
 * the advisory checklist against Hướng dẫn 42-HD/BTCTW and the commune's quality grade;
 * roll-ups per commune and province ({@link vn.tuyengiao.meeting.MeetingSummary}) and the
 * exchange with the Sổ tay đảng viên điện tử
 * ({@link vn.tuyengiao.meeting.MeetingRecordSource}).
 * <p>
 * Tables: {@code cell_meeting}, {@code meeting_attendance}, {@code meeting_self_review},
 * {@code meeting_day_count} (kept counts).
 */
package vn.tuyengiao.meeting;
