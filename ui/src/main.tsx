import "./app.css";
import { render } from "preact";
import { App } from "./App";
import { startRouter } from "./state/route";
import { boot } from "./state/store";

startRouter();
void boot();
render(<App />, document.getElementById("app")!);
