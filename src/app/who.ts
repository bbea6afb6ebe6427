// Who takes a decision recorded in the ledger (review, lock, unlock): the user logged in to the computer.
import { userInfo } from "node:os";

export function currentUser(env: NodeJS.ProcessEnv = process.env): string {
  try {
    const name = userInfo().username;
    if (name.trim() !== "") return name;
  } catch {
    // no user entry (some containers): fall back to the environment
  }
  return env.USER ?? env.USERNAME ?? "?";
}
