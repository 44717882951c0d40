// How many CPU threads llama.cpp computes with. node-llama-cpp 3.21 defaults, on a CPU, to max(4, the cores useful for
// math): more threads than a 2-core machine has. llama.cpp's threads wait for each other at every step of every token,
// so one that the OS sets aside stalls them all: measured on this 2-core machine (random weights, load average 14-16),
// the tiny test model generated 147 tokens/s with 1 thread and 3.5 with 2, and the main thread's event loop was held
// up to 156 ms instead of 31; the Qwen2.5 1.5B shape (Q4_K_M, load average 28-34) read 4.6 prompt tokens/s and wrote
// 0.4/s with 1 thread, 2.0 and 0.1 with 2. On an idle machine 2 threads would read a prompt faster, but a desktop is
// never idle while it answers (the window, the main process). So Docent leaves one core to the main process and the window: the machine's cores less
// one, at least one.
import os from 'node:os';

export function defaultInferenceThreads(cores = os.availableParallelism()): number {
  return Math.max(1, Math.floor(cores) - 1);
}
