using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Encaisse.Billing.Tenancy;
using Encaisse.Storage;

namespace Encaisse.Cli;

/// <summary>What every command needs: the clock, the database named by --db and the tenant named by --tenant.</summary>
internal static class CliRuntime
{
    /// <summary>
    /// The system clock, or a fixed day when ENCAISSE_TODAY=YYYY-MM-DD is set (reproducible demos and tests).
    /// </summary>
    public static TimeProvider Clock { get; } = CreateClock();

    public static DateOnly Today => DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime);

    public static async Task<EncaisseDatabase> OpenDatabaseAsync(ParseResult parse, CancellationToken cancellationToken)
    {
        var target = parse.GetValue(GlobalOptions.Db) ?? GlobalOptions.DefaultDatabase;
        try
        {
            return await EncaisseDatabase.OpenAsync(target, Clock, cancellationToken);
        }
        catch (Exception ex) when (ex is DbException or StorageException or IOException or UnauthorizedAccessException or ArgumentException or InvalidOperationException)
        {
            throw new CliException($"cannot open the database '{Redact(target)}': {ex.Message.ReplaceLineEndings(" ")}", ExitCodes.Database);
        }
    }

    /// <summary>The tenant named by --tenant; a clear error when it does not exist.</summary>
    public static async Task<TenantProfile> RequireTenantAsync(EncaisseDatabase db, ParseResult parse, CancellationToken cancellationToken)
    {
        var name = parse.GetValue(GlobalOptions.Tenant) ?? GlobalOptions.DefaultTenant;
        return await new TenantDirectory(db).FindAsync(name, cancellationToken)
            ?? throw new CliException($"tenant '{name}' does not exist in {db.Target}: run 'encaisse init' or 'encaisse demo' first", ExitCodes.Usage);
    }

    /// <summary>The default issuing legal entity of the tenant; a clear error when it has none.</summary>
    public static Guid RequireLegalEntity(TenantProfile tenant) =>
        tenant.DefaultLegalEntityId
        ?? throw new CliException($"tenant '{tenant.Name}' has no legal entity yet: run 'encaisse init --company …' or 'encaisse demo'", ExitCodes.Usage);

    private static string Redact(string target) =>
        target.Contains("Password=", StringComparison.OrdinalIgnoreCase) ? "(PostgreSQL connection string)" : target;

    private static TimeProvider CreateClock()
    {
        var today = Environment.GetEnvironmentVariable("ENCAISSE_TODAY");
        if (string.IsNullOrWhiteSpace(today))
        {
            return TimeProvider.System;
        }

        return DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new FixedDayTimeProvider(day)
            : throw new CliException($"ENCAISSE_TODAY must be a date like 2026-11-23, not '{today}'", ExitCodes.Usage);
    }

    /// <summary>The real clock shifted so that "today" is a chosen day; time still moves within it.</summary>
    private sealed class FixedDayTimeProvider(DateOnly day) : TimeProvider
    {
        private readonly TimeSpan _offset = day.ToDateTime(TimeOnly.FromTimeSpan(System.GetUtcNow().TimeOfDay), DateTimeKind.Utc) - System.GetUtcNow().UtcDateTime;

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
    }
}
