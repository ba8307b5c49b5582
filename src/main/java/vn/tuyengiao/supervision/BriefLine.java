package vn.tuyengiao.supervision;

/**
 * One line of the brief before a visit: its section heading, a label and the figure or
 * fact ("Học tập Kết luận 01", "2.825/2.870 đảng viên, đạt 98,43%").
 */
public record BriefLine(String section, String label, String value) {
}
