package nl.supplementguidelines.export;

/**
 * The examples of the OpenAPI document, from the export of the seeded guideline: the NDJSON line shortened (members and
 * six of its seven recommendations left out, so it still parses), the CSV its header and first two rows as served.
 */
final class ExportExamples {

    static final String NDJSON_LINE = "{\"slug\":\"leaky-gut\",\"title\":\"Leaky gut\",\"language\":\"nl\",\"alternativeNames\":[\"lekkende darm\",\"verhoogde intestinale permeabiliteit\",\"hyperpermeabele darm\"],\"recommendations\":[{\"position\":5,\"nutrient\":{\"slug\":\"zink\",\"name\":\"Zink\",\"category\":\"MINERAL\",\"href\":\"/api/v1/nutrients/zink\",\"englishName\":\"Zinc\"},\"qualifier\":null,\"effects\":[\"Essentieel voor celvernieuwing en herstelsystemen\",\"Moduleert tight junctions\"],\"dailyDose\":{\"kind\":\"RANGE\",\"minimum\":15,\"maximum\":20,\"unit\":\"mg\",\"unitSymbol\":\"mg\",\"unitName\":\"milligram\",\"per\":\"d\",\"sourceText\":\"15-20 mg\"},\"doseFootnote\":null,\"evidence\":{\"level\":2,\"dots\":\"●●\"},\"referenceLevels\":null}],\"version\":{\"number\":1,\"publishedAt\":\"2026-11-28T00:00:00Z\",\"publishedBy\":\"source document\",\"changeNote\":\"Version 1: the source document (Suppletierichtlijn Leaky gut) as read by the project\",\"href\":\"/api/v1/guidelines/leaky-gut/versions/1\",\"versions\":\"/api/v1/guidelines/leaky-gut/versions\"},\"translation\":null,\"lastModified\":\"2026-11-28T00:00:00Z\",\"links\":{\"self\":\"/api/v1/guidelines/leaky-gut\",\"recommendations\":\"/api/v1/guidelines/leaky-gut/recommendations\",\"versions\":\"/api/v1/guidelines/leaky-gut/versions\"}}\n";

    static final String CSV_ROWS = "guideline_slug,guideline_version,guideline_status,position,nutrient_slug,nutrient_name,qualifier,kind,minimum,maximum,unit,per,dose_source_text,evidence,evidence_dots,footnote_marker,footnote_text,source_title,version_href\r\n"
            + "leaky-gut,1,CURRENT,1,probiotica,Probiotica,\"multi-strain, multi-species\",AT_LEAST,1000000000,,{CFU},d,Minimaal 1x10⁹ cfu,2,●●,*,cfu = colony forming units / kolonievormende eenheden (kve).,Suppletierichtlijn Leaky gut,/api/v1/guidelines/leaky-gut/versions/1\r\n"
            + "leaky-gut,1,CURRENT,2,l-glutamine,L-glutamine,,RANGE,15,30,g,d,15-30 g,2,●●,,,Suppletierichtlijn Leaky gut,/api/v1/guidelines/leaky-gut/versions/1\r\n";

    private ExportExamples() {
    }
}
