package vn.tuyengiao.reporttemplate;

/** A section source as the template editor lists it: its key and Vietnamese label. */
@io.swagger.v3.oas.annotations.media.Schema(name = "ReportTemplateSource")
public record SourceInfo(String key, String label) {
}
