import { Repository } from '$lib/db/repository';
import { validateExerciseProgress, type ExerciseProgress } from './exercise';

/** One record per exercise: where the person was, their answers and their kept sentences. */
export const practiceRecords = new Repository<ExerciseProgress>(
	'practice',
	validateExerciseProgress
);
