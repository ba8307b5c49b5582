-- A commune's six- and nine-month report on propaganda and education work, drafted from every
-- module's data (issue 14 item 5: the sections of cell meetings, book cabinets and party press
-- in the periodic reports; issue 15 item 5). Built in like CT05-XA and TGNAM-KHOI: copied, not edited.
insert into report_template (code, name, type_code, subject, report_types, built_in, updated_by, updated_at)
values ('TG-KY-XA', 'Báo cáo công tác tuyên giáo 6 tháng, 9 tháng (cấp xã)', 'BC',
        'Kết quả công tác tuyên giáo từ {tungay} đến {denngay}, phương hướng, nhiệm vụ thời gian tới',
        'SIX_MONTHS,NINE_MONTHS', true, 'system', timestamp '2026-12-07 00:00:00');

insert into report_template_section (template_id, position, level, number, heading, intro, fill, body, source_key)
select t.id, s.position, s.level, s.number, s.heading, s.intro, s.fill, s.body, s.source_key
from report_template t, (
  select 1 as position, 1 as level, 'I.' as number, 'Kết quả thực hiện' as heading,
         cast('Trong kỳ, {donvi} đã lãnh đạo, chỉ đạo các chi bộ trực thuộc triển khai công tác tuyên giáo; kết quả cụ thể như sau:' as varchar(2000)) as intro,
         'TEXT' as fill, cast(null as varchar(8000)) as body, cast(null as varchar(100)) as source_key
  union all select 2, 2, '1.', 'Học tập, quán triệt các nghị quyết, chỉ thị của Đảng', null, 'SOURCE', null, 'study.results'
  union all select 3, 2, '2.', 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', null, 'SOURCE', null, 'commitment.signing'
  union all select 4, 3, '-', 'Mô hình, gương điển hình', null, 'SOURCE', null, 'emulation.models'
  union all select 5, 2, '3.', 'Sinh hoạt chi bộ', null, 'SOURCE', null, 'meeting.cell-meetings'
  union all select 6, 2, '4.', 'Tủ sách cơ sở', null, 'SOURCE', null, 'bookcabinet.cabinets'
  union all select 7, 2, '5.', 'Đặt mua báo, tạp chí của Đảng', null, 'SOURCE', null, 'press.subscriptions'
  union all select 8, 2, '6.', 'Nắm bắt tình hình tư tưởng, dư luận xã hội', null, 'SOURCE', null, 'opinion.monthly'
  union all select 9, 2, '7.', 'Kiểm tra, giám sát', null, 'SOURCE', null, 'supervision.visits'
  union all select 10, 2, '8.', 'Kiến nghị, đề xuất và kết quả giải quyết', null, 'SOURCE', null, 'recommendation.responses'
  union all select 11, 1, 'II.', 'Đánh giá chung', null, 'TEXT', null, null
  union all select 12, 2, '*', 'Ưu điểm:', null, 'TEXT', '……………………………………………………', null
  union all select 13, 2, '*', 'Hạn chế:', null, 'TEXT', '……………………………………………………', null
  union all select 14, 1, 'III.', 'Phương hướng, nhiệm vụ thời gian tới', null, 'TEXT', '- Tiếp tục tổ chức học tập, quán triệt kịp thời các nghị quyết, chỉ thị của Đảng; nâng cao tỷ lệ đảng viên tham gia học tập.
- Nâng cao chất lượng sinh hoạt chi bộ theo Hướng dẫn số 42-HD/BTCTW; mỗi kỳ sinh hoạt có kể chuyện về Bác và rút ra bài học để làm theo; bảo đảm sinh hoạt chuyên đề theo quy định.
- Duy trì tủ sách cơ sở ở nơi người dân dễ đến đọc, ghi sổ mượn sách đầy đủ; đặt mua đủ báo, tạp chí của Đảng theo quy định.
- Nắm chắc tình hình tư tưởng, dư luận xã hội; theo dõi, đôn đốc giải quyết các kiến nghị của cơ sở.', null
  union all select 15, 1, 'IV.', 'Kiến nghị, đề xuất', null, 'TEXT', '……………………………………………………', null
) s
where t.code = 'TG-KY-XA';
