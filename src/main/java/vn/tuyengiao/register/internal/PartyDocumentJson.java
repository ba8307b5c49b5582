package vn.tuyengiao.register.internal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.report.Block;
import vn.tuyengiao.report.PartyDocument;

/**
 * The snapshot of a document kept in the register, as JSON. The report engine's records
 * stay free of Jackson: a mix-in names the kinds of body block ("heading", "paragraph",
 * "item", "table"); the records are read back through their canonical constructors, so
 * their checks apply to stored text too.
 */
public final class PartyDocumentJson {

	@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "block")
	@JsonSubTypes({ @JsonSubTypes.Type(value = Block.Heading.class, name = "heading"),
			@JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
			@JsonSubTypes.Type(value = Block.Item.class, name = "item"),
			@JsonSubTypes.Type(value = Block.Table.class, name = "table") })
	private interface BlockMixin {

	}

	private static final JsonMapper MAPPER = JsonMapper.builder().addMixIn(Block.class, BlockMixin.class).build();

	private PartyDocumentJson() {
	}

	public static String write(PartyDocument doc) {
		return MAPPER.writeValueAsString(doc);
	}

	public static PartyDocument read(String json) {
		return MAPPER.readValue(json, PartyDocument.class);
	}

}
