using System.Runtime.CompilerServices;

// The demo's check-digit helpers are internal; their tests check them against published examples.
[assembly: InternalsVisibleTo("Encaisse.Billing.Tests")]
