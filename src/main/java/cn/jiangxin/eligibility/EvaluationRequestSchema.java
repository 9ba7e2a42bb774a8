package cn.jiangxin.eligibility;

import java.time.LocalDate;
import java.util.List;

import cn.jiangxin.policy.Competition;
import io.swagger.v3.oas.annotations.media.Schema;

/** Describes the request body in the OpenAPI document only; the body itself is read by {@link EvaluationRequestReader}. */
@Schema(name = "EligibilityEvaluationRequest")
record EvaluationRequestSchema(
        @Schema(description = "Date to evaluate on; default today in Asia/Shanghai", requiredMode = Schema.RequiredMode.NOT_REQUIRED)
        LocalDate asOf,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Person person,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Affiliation affiliation,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) boolean recommendedByAffiliation,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<AchievementItem> achievements) {

    @Schema(name = "EligibilityPerson")
    record Person(
            @Schema(description = "18-character resident ID (GB 11643-1999); lower-case x accepted; surrounding white space ignored",
                    example = "110105199003071247", requiredMode = Schema.RequiredMode.REQUIRED) String idNumber,
            @Schema(description = "Required for women, ignored for men", allowableValues = {"MALE_60", "FEMALE_55", "FEMALE_50"})
            String retirementCategory) {
    }

    @Schema(name = "EligibilityAffiliation")
    record Affiliation(
            @Schema(allowableValues = {"SCHOOL", "EMPLOYER", "PUBLIC_INSTITUTION", "ASSOCIATION"},
                    requiredMode = Schema.RequiredMode.REQUIRED) String kind,
            @Schema(description = "6-digit administrative code of where the unit is (Chaoyang: 110105)", pattern = "^\\d{6}$",
                    requiredMode = Schema.RequiredMode.REQUIRED) String districtCode) {
    }

    @Schema(name = "EligibilityAchievement")
    record AchievementItem(
            @Schema(allowableValues = {"COMPETITION", "HONOR", "STUDIO_LEADER"}, requiredMode = Schema.RequiredMode.REQUIRED) String type,
            @Schema(description = "For COMPETITION") Competition competition,
            @Schema(description = "For COMPETITION: 1, 2, 3, ... (a team member holds the team's place)", minimum = "1") Integer place,
            @Schema(description = "For HONOR: CHINA_SKILLS_AWARD, BEIJING_OUTSTANDING_CONTRIBUTION, STATE_COUNCIL_ALLOWANCE, "
                    + "BEIJING_TECHNICIAN_ALLOWANCE, CHAOYANG_CHIEF_TECHNICIAN_ALLOWANCE, or another code the policy version lists")
            String honor,
            @Schema(description = "For STUDIO_LEADER", allowableValues = {"NATIONAL", "BEIJING", "CHAOYANG"}) String level,
            @Schema(description = "Date obtained", requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date) {
    }
}
