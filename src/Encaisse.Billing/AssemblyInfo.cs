namespace Encaisse.Billing;
