using CeuRules.Evaluation;
using CeuRules.Json;
using CeuRules.Reports;
using Xunit;

namespace CeuRules.Tests.PublicApi;

public sealed class PublicApiTest
{
    [Fact]
    public void The_CeuRules_public_API_is_approved() =>
        ApprovedApi.Verify(typeof(CertificationEvaluator).Assembly, "tests/CeuRules.Tests/PublicApi/CeuRules.approved.txt");

    [Fact]
    public void The_CeuRules_Json_public_API_is_approved() =>
        ApprovedApi.Verify(typeof(TranscriptJsonReader).Assembly, "tests/CeuRules.Tests/PublicApi/CeuRules.Json.approved.txt");

    [Fact]
    public void The_CeuRules_Reports_public_API_is_approved() =>
        ApprovedApi.Verify(typeof(EvaluationReport).Assembly, "tests/CeuRules.Tests/PublicApi/CeuRules.Reports.approved.txt");
}
