using CeuRules.Evaluation;
using CeuRules.Model;
using NodaTime;

var certification = new Certification(Credential.AamaCma, new LocalDate(2021, 2, 10)) { IsMember = true };
var transcript = new Transcript([
    new LearningActivity("a1", ActivityKind.Course, new LocalDate(2022, 3, 1))
    {
        Title = "Phlebotomy update",
        Credits = [new CreditLine(CreditAmount.FromUnits(2), CreditUnit.AamaPoint, Category.Clinical) { ApprovedBy = ["aama"] }],
    },
    new LearningActivity("cpr-1", ActivityKind.CprCard, new LocalDate(2022, 5, 1)) { ValidMonths = 24 },
]);

var result = new CertificationEvaluator().Evaluate(certification, transcript, asOf: new LocalDate(2025, 11, 23));
Console.WriteLine(result.StatusExplanation);
foreach (var requirement in result.Requirements)
    Console.WriteLine($"{requirement.RequirementId}: {requirement.Counted} of {requirement.Required}");
Console.WriteLine($"Plan: {result.Plan.Total} more points, {result.Plan.Approved} of them AAMA-approved, by {result.Plan.CompleteBy:uuuu-MM-dd}");
