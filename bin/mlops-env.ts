#!/usr/bin/env node
/**
 * `mlops-env`: validate, synth, review, addresses and inventory for a folder of environment files.
 * `mlops-env --help` lists the commands; the code is in lib/cli/.
 */
import { main } from "../lib/cli";

process.exitCode = main(process.argv.slice(2));
