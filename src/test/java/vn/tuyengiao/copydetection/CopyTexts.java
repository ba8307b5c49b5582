package vn.tuyengiao.copydetection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import vn.tuyengiao.generator.CommitmentGenerator;

/**
 * Realistic commitments for the copy-detection tests: independent ones, and copies
 * disguised the usual ways.
 */
final class CopyTexts {

	private static final String[] SUBSTITUTES = { "luôn luôn", "tích cực", "nghiêm túc", "chủ động", "thật sự" };

	private CopyTexts() {
	}

	/**
	 * An independent commitment (the generator's: five sections, the member's own cell,
	 * tasks and figures).
	 */
	static String independent(long seed) {
		return new CommitmentGenerator(seed, 0).next().text();
	}

	/**
	 * A copy as members make them: the sentences of every paragraph shuffled and about
	 * one word in {@code every} replaced.
	 */
	static String disguised(String text, long seed, int every) {
		Random r = new Random(seed);
		List<String> paragraphs = new ArrayList<>();
		for (String para : text.split("\n")) {
			List<String> sentences = new ArrayList<>(Arrays.asList(para.split("(?<=\\.) ")));
			if (sentences.size() > 1) {
				Collections.shuffle(sentences, r);
			}
			paragraphs.add(String.join(" ", sentences));
		}
		String[] words = String.join("\n", paragraphs).split(" ");
		for (int i = every / 2; i < words.length; i += every) {
			if (!words[i].contains("\n")) {
				words[i] = SUBSTITUTES[r.nextInt(SUBSTITUTES.length)];
			}
		}
		return String.join(" ", words);
	}

	/**
	 * The official guidance every member of a campaign is told to copy into their text
	 * (about 230 syllables).
	 */
	static final String GUIDANCE = """
			Thực hiện Hướng dẫn của Ban Tuyên giáo Tỉnh ủy về việc đăng ký học tập và làm theo tư tưởng, đạo đức, phong \
			cách Hồ Chí Minh năm nay, mỗi đảng viên cam kết thực hiện tốt các nội dung sau đây. Một là, nêu cao tinh thần \
			trách nhiệm, tận tụy phục vụ nhân dân, nói đi đôi với làm, gắn trách nhiệm cá nhân với kết quả công việc của \
			tập thể. Hai là, giữ gìn phẩm chất đạo đức, lối sống trong sạch, giản dị, không vi phạm những điều đảng viên \
			không được làm theo quy định của Ban Chấp hành Trung ương. Ba là, gương mẫu chấp hành chủ trương của Đảng, \
			chính sách, pháp luật của Nhà nước, quy định của địa phương nơi cư trú, vận động gia đình và bà con cùng thực \
			hiện. Bốn là, tham gia đầy đủ sinh hoạt chi bộ, sinh hoạt đoàn thể, đóng góp ý kiến xây dựng chi bộ trong sạch, \
			vững mạnh, thường xuyên tự phê bình và phê bình, kịp thời sửa chữa khuyết điểm, hạn chế. Năm là, cuối năm tự \
			đánh giá kết quả thực hiện bản cam kết, báo cáo chi bộ để xem xét, đánh giá, xếp loại chất lượng đảng viên.""";

	/**
	 * A short text of the member's own (the first paragraph of an independent one)
	 * followed by the guidance.
	 */
	static String ownLinesAndGuidance(long seed) {
		String own = independent(seed);
		String[] lines = own.split("\n");
		// the name line and the first two sentences of the first section: the member's
		// own words
		String firstSentences = lines.length > 6
				? String.join(". ", Arrays.asList(lines[6].split("\\. ")).subList(0, 2)) : "";
		return lines[2] + "\n" + firstSentences + ".\n" + GUIDANCE;
	}

}
