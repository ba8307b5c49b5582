/**
 * Book cabinets (tủ sách, Đề án trang bị sách cho cơ sở): the cabinet of a commune or
 * cell and its state as last inspected, the catalogue loaded from the programme's
 * delivery list (one QR-labelled code per copy), the lending log (resident or member
 * borrowers, overdue, lost and the committee's decision), stocktakes, and the roll-ups
 * that name cabinets kept in an office with no loan logged (seeds 000 and 001). Owns the
 * tables {@code book_cabinet}, {@code book_title}, {@code book_copy}, {@code book_loan}.
 */
package vn.tuyengiao.bookcabinet;
