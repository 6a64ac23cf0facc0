document.getElementById("app")!.textContent = "Wegwijs";
