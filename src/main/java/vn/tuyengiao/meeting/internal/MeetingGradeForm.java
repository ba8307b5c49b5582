package vn.tuyengiao.meeting.internal;

import vn.tuyengiao.meeting.MeetingGrade;

/** The commune's grade of a meeting. */
record MeetingGradeForm(MeetingGrade grade, String note, long version) {
}
