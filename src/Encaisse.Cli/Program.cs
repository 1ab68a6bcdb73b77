Console.WriteLine("encaisse: not built yet");
return 0;
