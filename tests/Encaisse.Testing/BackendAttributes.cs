using System.Reflection;
using Encaisse.Storage;
using Xunit.Sdk;

namespace Encaisse.Testing;

/// <summary>Runs the theory on SQLite (a temp file): always available.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.Sqlite]];
}

/// <summary>
/// Runs the theory on PostgreSQL (ENCAISSE_TEST_PG). Skipped when that is not set, unless ENCAISSE_REQUIRE_PG=1:
/// then the case runs and fails for want of a server.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresAttribute : DataAttribute
{
    public PostgresAttribute()
    {
        if (TestEnvironment.PostgresConnectionString is null && !TestEnvironment.PostgresRequired)
        {
            Skip = $"Set {TestEnvironment.PostgresVariable} to a PostgreSQL connection string (scripts/pg.sh start) to run the PostgreSQL cases.";
        }
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[DatabaseKind.PostgreSql]];
}

public static class TestEnvironment
{
    public const string PostgresVariable = "ENCAISSE_TEST_PG";
    public const string RequireVariable = "ENCAISSE_REQUIRE_PG";

    public static string? PostgresConnectionString =>
        Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static bool PostgresRequired => Environment.GetEnvironmentVariable(RequireVariable) == "1";
}
