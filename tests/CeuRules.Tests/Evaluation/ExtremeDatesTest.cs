using CeuRules.Evaluation;
using CeuRules.Model;
using Xunit;
using static CeuRules.Tests.Build;

namespace CeuRules.Tests.Evaluation;

/// <summary>Dates at the ends of what the readers accept (years 1 and 9999) evaluate without an exception.</summary>
public sealed class ExtremeDatesTest
{
    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var credential in AnyPolicyGenerators.Catalog.Credentials)
        {
            data.Add(credential.Id, "9999-06-01", 9999);
            data.Add(credential.Id, "9999-12-31", 9999); // the last day there is
            data.Add(credential.Id, "9998-06-01", 9999);
            data.Add(credential.Id, "0001-01-01", 1);
            data.Add(credential.Id, "0001-01-01", 9999);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_policy_evaluates_at_the_ends_of_the_calendar(string credentialId, string certified, int asOfYear)
    {
        Assert.True(AnyPolicyGenerators.Catalog.TryGetCredential(credentialId, out var credential));
        var certifiedOn = NodaTime.Text.LocalDatePattern.Iso.Parse(certified).Value;
        var activity = new LearningActivity("a", LearningActivityKind.SelfStudy, D(asOfYear, 12, 31))
        {
            Title = "Late", DurationMinutes = 120, PurchasedOn = D(asOfYear, 12, 1),
            Credits = [Line(2, "clinical"), Line(2, "clinical", approved: false, unit: CreditUnit.ContactHour)],
        };
        var result = new CertificationEvaluator(AnyPolicyGenerators.Catalog).Evaluate(new Certification(credential, certifiedOn), T(activity, Cpr("c", D(asOfYear, 12, 31))), D(asOfYear, 12, 31));
        Assert.True(result.ExpiresOn >= certifiedOn);
        Assert.Equal(result.Activities[0].Submitted, result.Activities[0].CountedTotal + result.Activities[0].NotCountedTotal);
    }
}
