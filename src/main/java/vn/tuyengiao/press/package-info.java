/**
 * Party press (đặt mua báo, tạp chí của Đảng): the title catalogue kept with dates (the
 * 2025 press mergers closed titles and named their successors), the required-title rules
 * per kind of unit set by a committee, subscriptions per unit and period with their
 * funding, compliance per unit and roll-up, and delivery complaints with the letter to
 * the post office drafted through the register. Tables: {@code press_title},
 * {@code press_rule}, {@code press_subscription}, {@code press_complaint}.
 */
package vn.tuyengiao.press;
