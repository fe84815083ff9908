using System.Collections.Generic;
using System.Linq;
using CeuRules.Evaluation;
using CeuRules.Model;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>One transcript, one activity, several credentials: each body reads it in its own unit.</summary>
public sealed class SeveralCredentialsTest
{
    private static readonly CertificationEvaluator Evaluator = new();

    [Fact]
    public void One_course_counts_for_each_credential_in_that_bodys_unit()
    {
        var course = new LearningActivity("phleb", LearningActivityKind.Course, D(2026, 3, 1))
        {
            Title = "Phlebotomy update",
            DurationMinutes = 120,
            Credits = [Line(2, "clinical"), Line(2, null!, approved: false, unit: CreditUnit.ContactHour)],
        };
        var transcript = T(course);
        var asOf = D(2026, 11, 23);
        var counted = new Dictionary<string, (CreditAmount Amount, CreditUnit Unit)>();
        foreach (var (credential, on) in new[] { (Credential.AamaCma, D(2022, 3, 10)), (Credential.AmtRma, D(2024, 5, 2)), (Credential.NhaCcma, D(2025, 1, 15)), (Credential.NcctNcma, D(2026, 2, 1)) })
        {
            var decision = Evaluator.Evaluate(new Certification(credential, on), transcript, asOf).Activities.Single();
            counted[credential.Id] = (decision.CountedTotal, decision.Unit);
        }
        Assert.Equal((CreditAmount.FromUnits(2), CreditUnit.AamaPoint), counted["aama-cma"]); // its own unit, as stated
        Assert.Equal((CreditAmount.FromUnits(2), CreditUnit.AmtCcpPoint), counted["amt-rma"]); // contact hours, one to one
        Assert.Equal((CreditAmount.FromUnits(1), CreditUnit.NhaCredit), counted["nha-ccma"]); // 2 documented hours
        Assert.Equal((CreditAmount.FromUnits(2), CreditUnit.ClockHour), counted["ncct-ncma"]); // the real time spent
    }
}
